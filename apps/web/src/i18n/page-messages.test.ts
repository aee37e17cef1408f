import { describe, expect, it } from 'vitest'
import { ensurePageCatalogue, pageMessages, preparePageCatalogues, setPageLocale } from './page-messages.ts'

describe('page catalogues', () => {
  it('are absent until a route asks for them, then there in the reader’s language, and follow a language switch', async () => {
    expect(pageMessages('fr')['nets.table']).toBeUndefined()
    setPageLocale('fr')
    await ensurePageCatalogue('network')
    expect(pageMessages('fr')['nets.create.title']).toBe('Créer un Net')
    expect(pageMessages('en')['nets.create.title']).toBeUndefined()
    await preparePageCatalogues('en')
    expect(pageMessages('en')['nets.create.title']).toBe('Create Net')
  })
})
