import { patchState } from '../store/app-store';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { MOD_KEY } from '../ui/mod-key';
import './shortcuts-dialog.css';

type Shortcut = readonly [keys: string[], what: string];

const GROUPS: readonly { title: string; shortcuts: readonly Shortcut[] }[] = [
  {
    title: 'List',
    shortcuts: [
      [['↑', '↓'], 'Move through the list (or j / k)'],
      [['Enter'], 'Open the ICP under the cursor'],
      [['Space'], 'Select or unselect the ICP under the cursor'],
      [['Shift', '↑ ↓'], 'Extend the selection'],
      [[`${MOD_KEY}A`], 'Select every ICP in the list'],
      [['Esc'], 'Clear the selection, then close the ICP'],
    ],
  },
  {
    title: 'Search, sort and filter',
    shortcuts: [
      [['/'], 'Search (Esc clears it, ↓ goes to the results)'],
      [['S'], 'Sort'],
      [['F'], 'Filters: ← → between chips, Space toggles'],
    ],
  },
  {
    title: 'Compare',
    shortcuts: [
      [['C'], 'Compare the selected ICPs (2 to 4)'],
      [['D'], 'Show only differences'],
      [['Esc'], 'Back to the list'],
    ],
  },
  {
    title: 'App',
    shortcuts: [
      [[`${MOD_KEY}R`], 'Refresh from the server'],
      [[`${MOD_KEY}1`, '…', `${MOD_KEY}9`], 'Switch to the first to ninth account'],
      [['R'], 'Review: findings by rule, overlaps and coverage'],
      [['?'], 'Show these shortcuts'],
    ],
  },
];

export function ShortcutsDialog() {
  const close = () => patchState('ui', { shortcutsOpen: false });
  return (
    <Dialog title="Keyboard shortcuts" icon={<Icon name="keyboard" />} onClose={close} width={700}>
      <div className="shortcut-groups">
        {GROUPS.map((group) => (
          <section className="shortcut-group" key={group.title} aria-label={group.title}>
            <h3 className="shortcut-group-title">{group.title}</h3>
            <dl className="shortcuts">
              {group.shortcuts.map(([keys, what]) => (
                <div className="shortcut" key={what}>
                  <dt>
                    {keys.map((key) => (
                      <kbd className="kbd" key={key}>
                        {key}
                      </kbd>
                    ))}
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="dialog-actions">
        <Button variant="primary" onClick={close}>
          Done
        </Button>
      </div>
    </Dialog>
  );
}
