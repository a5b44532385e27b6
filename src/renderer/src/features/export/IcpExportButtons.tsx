import { copyIcps, exportIcps } from '../../store/export-actions';
import { Button } from '../../ui/Button';

/** "Copy JSON" and "Export" for one ICP (the detail header). */
export function IcpExportButtons({ id }: { id: string }) {
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        icon="copy"
        aria-label="Copy JSON of this ICP"
        title="Copy the exact JSON to the clipboard"
        onClick={() => void copyIcps([id])}
      >
        Copy JSON
      </Button>
      <Button
        variant="secondary"
        size="sm"
        icon="download"
        aria-label="Export this ICP"
        title="Save this ICP as a JSON file"
        onClick={() => void exportIcps([id])}
      >
        Export
      </Button>
    </>
  );
}
