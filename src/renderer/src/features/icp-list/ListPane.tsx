import { useAppStore } from '../../store/app-store';
import { ListBody } from './ListBody';
import { ListToolbar } from './ListToolbar';
import { ListWarnings } from './ListWarnings';
import { SelectionBar } from '../export/SelectionBar';
import './icp-list.css';

/** The left pane: search and count, warnings, the rows (or their placeholder), bulk actions. */
export function ListPane() {
  const checkedCount = useAppStore((state) => state.selection.checked.size);
  return (
    <section className="list-pane" aria-label="ICP list">
      <ListToolbar />
      <ListWarnings />
      <ListBody />
      {checkedCount > 0 ? <SelectionBar count={checkedCount} /> : null}
    </section>
  );
}
