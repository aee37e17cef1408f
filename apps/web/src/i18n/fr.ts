// Every French message, merged: for tests and tools that need them all at once. That each English message has its
// French is checked where the catalogues are registered (catalog.ts) and by catalog.test.ts.
import { allWords, type Messages } from './catalog.ts'

const catalogues = await Promise.all(allWords.map((w) => w.fr().then((m) => m.default)))

export default Object.assign({}, ...catalogues) as Messages
