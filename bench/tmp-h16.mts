import { measureHistory } from '/work/wt-16/bench/measure-history';
const t = Date.now();
console.log(await measureHistory(Number(process.argv[2] ?? 10000), Number(process.argv[3] ?? 5)), (Date.now() - t) / 1000, 's');
