import { useAppStore } from '../../store/app-store';
import { ListBody } from './ListBody';
import { ListToolbar } from './ListToolbar';
import { ListWarnings } from './ListWarnings';
import { SelectionBar } from '../export/SelectionBar';
import { ListPaintMarks } from './ListPaintMarks';
import './icp-list.css';

/** The left pane: search, sort and filters, warnings, the rows (or their placeholder), bulk actions. */
export function ListPane({ hidden = false }: { hidden?: boolean }) {
  const checkedCount = useAppStore((state) => state.selection.checked.size);
  // Hidden (not unmounted) behind the compare view, so scroll position and focus come back.
  return (
    <section className="list-pane" aria-label="ICP list" hidden={hidden}>
      <ListPaintMarks />
      <ListToolbar />
      <ListWarnings />
      <ListBody />
      {checkedCount > 0 ? <SelectionBar count={checkedCount} /> : null}
    </section>
  );
}
