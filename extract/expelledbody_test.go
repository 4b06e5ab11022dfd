package extract

import "testing"

// bodiesOnly alone: targets all international or non-governmental bodies.
func TestBodiesOnly(t *testing.T) {
	c := &eventCtx{acts: []actor{
		{a: 0, b: 1, key: "organization:iaea", typ: Organization, kind: kindIGO},
		{a: 2, b: 3, key: "organization:msf", typ: Organization, kind: kindNGO},
		{a: 4, b: 5, key: "organization:shell", typ: Organization, kind: kindCompany},
		countryAt(6, "PER"),
	}}
	for _, tc := range []struct {
		targets []string
		want    bool
	}{
		{[]string{"organization:iaea"}, true},
		{[]string{"organization:iaea", "organization:msf"}, true},
		{[]string{"organization:shell"}, false},
		{[]string{"organization:iaea", "country:PER"}, false},
		{nil, false},
		{[]string{"organization:unnamed"}, false},
	} {
		if got := c.bodiesOnly(tc.targets); got != tc.want {
			t.Errorf("bodiesOnly(%v) = %v, want %v", tc.targets, got, tc.want)
		}
	}
}
