/** @jest-environment node */
import { ViewTree } from './view-tree'

/** A root holding `Text` views, each with one raw text, the way React Native creates them. */
const treeWith = (...texts: string[]) => {
  const tree = new ViewTree()
  tree.addRoot(1)
  texts.forEach((text, i) => {
    const [view, raw] = [10 + i * 2, 11 + i * 2]
    tree.create(view, 'RCTText', {})
    tree.create(raw, 'RCTRawText', { text })
    tree.setChildren(view, [raw])
  })
  tree.setChildren(
    1,
    texts.map((_, i) => 10 + i * 2),
  )
  return tree
}

describe('ViewTree', () => {
  it('applies manageChildren as Android does: removals and moves by old index, inserts by new index', () => {
    const tree = treeWith('a', 'b', 'c')
    tree.create(20, 'RCTText', {})
    tree.create(21, 'RCTRawText', { text: 'd' })
    tree.setChildren(20, [21])

    // Move 'c' (old index 2) to the front, remove 'a' (old index 0), add 'd' at the end.
    tree.manage(1, [2], [0], [20], [2], [0])

    expect(tree.texts()).toEqual(['c', 'b', 'd'])
    expect(tree.views.has(10)).toBe(false)
    expect(tree.views.has(11)).toBe(false)
  })

  it('reads props updates, with null removing a prop', () => {
    const tree = treeWith('before')
    tree.update(11, { text: 'after' })
    tree.update(10, { testID: 'greeting' })
    tree.update(10, { testID: null })

    expect(tree.texts()).toEqual(['after'])
    expect(tree.views.get(10)?.props).toEqual({})
  })

  it('leaves out what a resident cannot see: display none and screens hidden from accessibility', () => {
    const tree = treeWith('tab', 'under', 'top')
    tree.update(10, { display: 'none' })
    tree.update(12, { importantForAccessibility: 'no-hide-descendants' })

    expect(tree.texts()).toEqual(['top'])
    expect(tree.findText('under')).toEqual([])
    expect(tree.findText('top').map((v) => v.tag)).toEqual([14])
  })

  it('fails loudly on a call about a view it never created', () => {
    expect(() => treeWith().setChildren(1, [99])).toThrow('UIManager.setChildren: no view with tag 99')
  })
})
