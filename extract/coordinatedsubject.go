package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/syntax"
)

// coordinatedSubject reads, from the tree, the parties coordinated with
// the one agent the windows found for an act two parties do together,
// when words the windows stop at stand between them:
//
//	nsubj(v) = a, conj(a) = b, v a shared act → agents a and b
//
// "Moscow peacemaker Alexander Lebed and rebel chief-of-staff Aslan
// Maskhadov signed an agreement": Lebed and Maskhadov, the windows
// reading only Maskhadov. The sentence is parsed only when another party
// stands before the verb with a coordinator between it and the agent.
func (c *eventCtx) coordinatedSubject(v int, agent string) []string {
	if !c.coordinatorBefore(v, agent) {
		return nil
	}
	tr := c.tree()
	if tr == nil || v >= tr.Len() {
		return nil
	}
	return c.coordinatedInTree(tr, v, agent)
}

// coordinatedInTree is the parties of the subject of v in the tree tr,
// coordinated with agent: none unless agent is one of two or more.
func (c *eventCtx) coordinatedInTree(tr *syntax.Tree, v int, agent string) []string {
	ks := c.treeActors(tr, c.treeSubject(tr, v, false))
	if len(ks) < 2 || !slices.Contains(ks, agent) {
		return nil
	}
	return ks
}

// coordinatorBefore reports another party before the verb at v, before
// the agent's last mention there, with a coordinator between the two: the
// words a conjunction of subjects needs.
func (c *eventCtx) coordinatorBefore(v int, agent string) bool {
	at := -1
	for _, a := range c.acts {
		if a.key == agent && a.b <= v && a.a > at {
			at = a.a
		}
	}
	for _, a := range c.acts {
		if a.key == agent || a.b > at || a.modifier || a.where || a.media {
			continue
		}
		for k := a.b; k < at; k++ {
			if coordinators[c.t[k].lower()] {
				return true
			}
		}
	}
	return false
}
