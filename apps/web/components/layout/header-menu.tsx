'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The header's navigation and account area: inline from the lg breakpoint, behind a Menu button
 * (aria-expanded) below it. Escape closes it and returns focus to the button; so does navigating.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  // Open on the page it was opened on: navigating elsewhere closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="header-menu-button"
        aria-expanded={open}
        aria-controls="header-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor">
          <path
            strokeWidth="2"
            strokeLinecap="round"
            d={open ? 'M6 6l12 12M18 6L6 18' : 'M4 7h16M4 12h16M4 17h16'}
          />
        </svg>
        Menu
      </button>
      <div id="header-menu" className="header-menu" data-open={open}>
        {children}
      </div>
    </>
  );
}
