import Link from 'next/link';

import type { ChainVerificationView } from '@healthsync/contracts/audit';

interface Props {
  result: ChainVerificationView | null;
  /** The page's address with `verify=1`, keeping the filters. */
  verifyHref: string;
  checkedAt: string;
}

/**
 * The hash chain check (GET /admin/audit-logs/verify) walks the whole trail, so it runs when asked
 * rather than on every view of the page.
 */
export function ChainVerification({ result, verifyHref, checkedAt }: Props) {
  return (
    <section aria-labelledby="verify-heading" className="card space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="verify-heading">Chain integrity</h2>
        <Link href={verifyHref} className="btn-secondary">
          {result ? 'Verify again' : 'Verify the chain'}
        </Link>
      </div>
      {!result ? (
        <p className="text-slate-700">
          Each entry carries the hash of the one before; verifying recomputes them all to detect an altered or
          missing entry.
        </p>
      ) : result.valid ? (
        <p role="status" className="rounded-md border border-green-800 bg-green-50 px-3 py-2 text-green-950">
          <strong>Chain intact.</strong> All {result.checked} entries check out (verified {checkedAt}).
        </p>
      ) : (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-950">
          <strong>Chain broken at entry {result.checked + 1}</strong> (id <code>{result.firstBrokenId}</code>
          ): that entry was altered, or one before it is missing. The {result.checked} entries before it are
          intact (verified {checkedAt}).
        </p>
      )}
    </section>
  );
}
