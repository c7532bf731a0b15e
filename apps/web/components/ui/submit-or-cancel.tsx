import Link from 'next/link';

interface Props {
  label: string;
  /** The button's label while the form is being sent. */
  pendingLabel: string;
  pending: boolean;
  cancelHref: string;
}

/** A record form's submit button, and a link back that leaves the record as it was. */
export function SubmitOrCancel({ label, pendingLabel, pending, cancelHref }: Props) {
  return (
    <div className="flex flex-wrap gap-3">
      <button type="submit" className="btn" disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
      <Link href={cancelHref} className="btn-secondary">
        Cancel
      </Link>
    </div>
  );
}
