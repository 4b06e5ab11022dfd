package extract

import "testing"

// timeClause alone: a present verb in a clause of time is an act to come.
func TestTimeClause(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		headline   bool
		want       string
	}{
		{"until and a subject", "stop/VB work/NN until/IN the/DT two/CD sides/NNS reach/VBP an/DT agreement/NN", 6, false, "until"},
		{"when, a subject and an adverb", "when/WRB the/DT two/CD leaders/NNS finally/RB meet/VBP", 5, false, "when"},
		{"when and a pronoun", "when/WRB he/PRP visits/VBZ Poland/NNP", 2, false, "when"},
		{"a past verb tells a fact", "until/IN the/DT two/CD sides/NNS reached/VBD an/DT agreement/NN", 4, false, ""},
		{"a headline's present tells the past", "Riots/NNS erupt/VBP after/IN police/NNS kill/VBP student/NN", 4, true, ""},
		{"another verb between", "until/IN the/DT army/NN said/VBD it/PRP leaves/VBZ", 5, false, ""},
		{"no clause of time", "the/DT two/CD sides/NNS reach/VBP an/DT agreement/NN", 3, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks), headline: tc.headline}
			if got := c.timeClause(tc.v); got != tc.want {
				t.Errorf("timeClause = %q, want %q", got, tc.want)
			}
		})
	}
}
