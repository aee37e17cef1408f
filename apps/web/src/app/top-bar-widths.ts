// The top bar gives up room by its own width (a container query on the bar), not the window's: the sidebar takes
// its share of a wide window, so the same window leaves the bar more or less room. Tailwind reads these classes from
// this file as they are written; they are in one module so the bar and the user menu move a control at one width.

/** Below 80rem of bar the word "Account" is left to screen readers and the region to the account's option. */
export const shownWhenRoomy = '@max-7xl:hidden'
export const labelWhenRoomy = '@max-7xl:sr-only'

/** Below 56rem of bar the theme and the language move from the bar into the user menu. */
export const inBarWhenWide = '@max-4xl:hidden'
export const inMenuWhenNarrow = '@min-4xl:hidden'

/** Below 42rem of bar buttons keep only their icon (their name stays for screen readers and as a tooltip). */
export const textWhenNotNarrow = '@max-2xl:sr-only'
export const iconWhenNarrow = '@min-2xl:hidden'
export const hiddenWhenNarrow = '@max-2xl:hidden'
