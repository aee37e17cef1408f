// A detail page's state in its URL: the open tab and a dialog a link asks for (the command palette's "Stop web-1"
// opens the confirmation, never acts). Kept apart from the page so the router can parse it without loading it.
export interface DetailSearch {
  tab?: string
  dialog?: string
}

/** The URL parser of a detail page: a tab it has (not the first, the default) and a dialog it can open. */
export function detailSearchParser(tabs: readonly string[], dialogs: readonly string[] = []) {
  return (raw: Record<string, unknown>): DetailSearch => {
    const search: DetailSearch = {}
    const tab = tabs.find((t) => t === raw.tab)
    if (tab && tab !== tabs[0]) search.tab = tab
    const dialog = dialogs.find((d) => d === raw.dialog)
    if (dialog) search.dialog = dialog
    return search
  }
}
