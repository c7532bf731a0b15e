'use client';

/** Shown when a page cannot be rendered, typically because the API is unavailable. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto mt-12 max-w-md space-y-4 px-4">
      <h1>Something went wrong</h1>
      <p>The clinic system could not complete this page. Please try again in a moment.</p>
      <div className="flex gap-3">
        <button type="button" className="btn" onClick={reset}>
          Try again
        </button>
        <a href="/" className="btn-secondary">
          Go to start
        </a>
      </div>
    </main>
  );
}
