import { useAppStore } from '../store/app-store';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { MOD_KEY } from './AppHeader';
import './shortcuts-dialog.css';

const SHORTCUTS: readonly [keys: string[], what: string][] = [
  [['↑', '↓'], 'Move through the list (or j / k)'],
  [['Enter'], 'Open the ICP under the cursor'],
  [['Esc'], 'Clear the selection, then close the ICP'],
  [['Space'], 'Select or unselect the ICP under the cursor'],
  [['Shift', '↑ ↓'], 'Extend the selection'],
  [[`${MOD_KEY}A`], 'Select every ICP in the list'],
  [['/'], 'Search'],
  [[`${MOD_KEY}R`], 'Refresh from the server'],
  [['?'], 'Show these shortcuts'],
];

export function ShortcutsDialog() {
  const close = () => useAppStore.getState().setUi({ shortcutsOpen: false });
  return (
    <Dialog title="Keyboard shortcuts" icon={<Icon name="keyboard" />} onClose={close} width={460}>
      <dl className="shortcuts">
        {SHORTCUTS.map(([keys, what]) => (
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
      <div className="dialog-actions">
        <Button variant="primary" onClick={close}>
          Done
        </Button>
      </div>
    </Dialog>
  );
}
