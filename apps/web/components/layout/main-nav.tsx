'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

import type { NavLink } from '@/lib/navigation';

/** The link whose section holds this page: the longest href that is the path or a parent of it. */
function currentHref(links: readonly NavLink[], pathname: string): string | undefined {
  return links
    .map((link) => link.href)
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/** The main navigation, with the current section marked (aria-current) for sight and for screen readers. */
export function MainNav({ links }: { links: readonly NavLink[] }) {
  const current = currentHref(links, usePathname());
  return (
    <nav aria-label="Main">
      <ul className="header-nav-list">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={link.href === current ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
