import { describeHiddenCharacters, revealHiddenCharacters } from '../../../../shared/unicode/hidden-characters';
import { Icon } from '../../ui/Icon';
import './detail.css';

/**
 * Under the header of an ICP whose name or description hides characters: which ones, and the
 * text with each written out where it is, so the reader sees what the API really sent.
 */
export function HiddenCharactersNote({ name, description }: { name: string; description: string | null }) {
  const fields = [
    { label: 'name', text: name },
    { label: 'description', text: description ?? '' },
  ].flatMap(({ label, text }) => {
    const found = describeHiddenCharacters(text);
    return found ? [{ label, found, revealed: revealHiddenCharacters(text) }] : [];
  });
  if (fields.length === 0) return null;
  const which = fields.map((field) => field.label).join(' and ');
  return (
    <section className="detail-notice hidden-note" aria-label="Hidden characters">
      <Icon name="alert" className="hidden-note-icon" />
      <div className="detail-notice-text">
        <p className="detail-notice-title">
          The {which} of this ICP {fields.length === 1 ? 'contains' : 'contain'} characters you cannot see
        </p>
        <p className="detail-notice-body">They can change how the text reads (direction, spacing), so it may not be what it looks like.</p>
        <dl className="hidden-note-fields">
          {fields.map((field) => (
            <div key={field.label} className="hidden-note-field">
              <dt>
                {field.label[0]!.toUpperCase() + field.label.slice(1)}: {field.found}
              </dt>
              <dd>
                <bdi className="hidden-note-revealed">{field.revealed}</bdi>
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
