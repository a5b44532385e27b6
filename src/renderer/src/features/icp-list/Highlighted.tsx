import { memo } from 'react';
import { highlightSegments } from '../../list-query/highlight-segments';
import '../list-filters/list-filters.css';

/** Text with what the search matched wrapped in <mark>; plain text when nothing is searched. */
export const Highlighted = memo(function Highlighted({ text, query }: { text: string; query: string }) {
  if (query === '') return <>{text}</>;
  return (
    <>
      {highlightSegments(text, query).map((segment, index) =>
        segment.match ? (
          <mark className="search-hit" key={index}>
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
});
