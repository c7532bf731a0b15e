/** A confirmation shown after a completed action. */
export function Notice({ message }: { message: string }) {
  return (
    <p
      role="status"
      className="rounded-md border border-green-800 bg-green-50 px-3 py-2 font-medium text-green-900"
    >
      {message}
    </p>
  );
}
