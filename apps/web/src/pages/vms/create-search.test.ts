import { describe, expect, it } from 'vitest'
import { parseVmCreateSearch } from './search.ts'

describe('the create form’s address', () => {
  it('keeps an image id, and drops what is not one', () => {
    expect(parseVmCreateSearch({ imageId: 'ami-0a1b2c3d' })).toEqual({ imageId: 'ami-0a1b2c3d' })
    expect(parseVmCreateSearch({ imageId: 'ami-<script>' })).toEqual({})
    expect(parseVmCreateSearch({ imageId: 'vol-0a1b2c3d' })).toEqual({})
    expect(parseVmCreateSearch({})).toEqual({})
  })
})
