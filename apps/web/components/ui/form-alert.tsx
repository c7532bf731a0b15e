/** A message about a whole form or action, read out when it appears. */
export function FormAlert({ message }: { message?: string }) {
  return (
    <div role="alert" aria-live="assertive">
      {message && (
        <p className="rounded-md border border-red-700 bg-red-50 px-3 py-2 font-medium text-red-900">
          {message}
        </p>
      )}
    </div>
  );
}
