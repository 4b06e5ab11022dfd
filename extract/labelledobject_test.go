package extract

import "testing"

// dropObjectLabels alone: "what it called" after a verb or a preposition
// goes, anywhere else it stays.
func TestDropObjectLabels(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"after a verb", "It/PRP blamed/VBD what/WP it/PRP called/VBD the/DT policy/NN of/IN Peru/NNP", "It blamed the policy of Peru"},
		{"after a preposition, with as", "protest/VB against/IN what/WP it/PRP described/VBD as/IN provocations/NNS", "protest against provocations"},
		{"opening a sentence", "What/WP he/PRP called/VBD a/DT victory/NN was/VBD a/DT defeat/NN", "What he called a victory was a defeat"},
		{"a verb of no naming", "It/PRP blamed/VBD what/WP it/PRP saw/VBD in/IN Peru/NNP", "It blamed what it saw in Peru"},
		{"a name for subject", "It/PRP blamed/VBD what/WP Peru/NNP called/VBD a/DT plot/NN", "It blamed what Peru called a plot"},
		{"nothing after it", "It/PRP knew/VBD what/WP it/PRP called/VBD", "It knew what it called"},
	} {
		if got := joinedTexts(dropObjectLabels(slashTagged(tc.text))); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
