package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLabels(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a praising name", "Headline\n\nThe Kenyan foreign minister described Somalia as a partner for peace.", []string{"country:KEN praise country:SOM"}},
		{"a praising name after an adjective", "Headline\n\nFrance described Germany as a reliable partner.", []string{"country:FRA praise country:DEU"}},
		{"a blaming name as an adjective", "Headline\n\nIsrael described Hamas as a terrorist group.", []string{"country:ISR criticize organization:hamas"}},
		{"a blaming name without as", "Headline\n\nVenezuela labelled Guyana an aggressor.", []string{"country:VEN criticize country:GUY"}},
		{"a name that neither praises nor blames", "Headline\n\nRussia described Ukraine as a neighbour.", nil},
		{"a thing described is no actor", "Headline\n\nRussia described the report as a threat.", nil},
		{"calling someone a name", "Headline\n\nPeru called Chile a threat to regional peace.", []string{"country:PER criticize country:CHL"}},
		{"a blaming adjective before a plain noun", "Headline\n\nPeru branded Chile a rogue state.", []string{"country:PER criticize country:CHL"}},
		{"calling someone on a day is no label", "Headline\n\nPeru called Chile on Monday.", nil},
		{"a title and the name in apposition to it", "Headline\n\nPeru described its president, Ana Ruiz, as a criminal.", []string{"country:PER criticize person:ana-ruiz"}},
		{"an owner's title and the name in apposition to it", "Headline\n\nPeru described Chile's president, Ana Ruiz, as a criminal.", []string{"country:PER criticize person:ana-ruiz"}},
		{"an owner's title", "Headline\n\nPeru branded Chile's president a criminal.", []string{"country:PER criticize country:CHL"}},
		{"a title with no as after it", "Headline\n\nPeru described its president, Ana Ruiz, in a speech.", nil},
		{"an act named again in another sentence: its label blames no one named", "Headline\n\nPeru expelled two Chilean diplomats. Chile called the expulsions unjustified.",
			[]string{"country:PER expel country:CHL"}},
		{"no act of the speaker's own state", "Headline\n\nChile's navy shelled a Peruvian boat. Chilean President Ana Ruiz said the attack was unacceptable.",
			[]string{"country:CHL shell country:PER"}},
		{"a thing said to be so is no act", "Headline\n\nPeru expelled two Chilean diplomats. Chile said the weather was unacceptable.",
			[]string{"country:PER expel country:CHL"}},
		{"an owner's act and the label of what it is an act of", "Headline\n\nPeru described Chile's decision as \"an act of aggression\".",
			[]string{"country:PER criticize country:CHL"}},
		{"an owner's act with a label of no blame", "Headline\n\nPeru described Chile's decision as a victory of common sense.", nil},
		{"an act named again, with a label of no blame", "Headline\n\nPeru expelled two Chilean diplomats. Chile called the expulsions a surprise.",
			[]string{"country:PER expel country:CHL"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, eventSet(run(t, tc.text))); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}

// labelAt alone: the label's words, past adjectives and what a noun is an
// act of.
func TestLabelAt(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"a/DT reliable/JJ partner/NN", "praise"},
		{"an/DT act/NN of/IN terrorism/NN", "criticize"},
		{"a/DT form/NN of/IN blackmail/NN", "criticize"},
		{"a/DT victory/NN of/IN common/JJ sense/NN", ""},
		{"a/DT neighbour/NN", ""},
	} {
		if got := labelAt(slashTagged(tc.text), 1).action; got != tc.want { // past the article, as the caller reads it
			t.Errorf("%s: %q, want %q", tc.text, got, tc.want)
		}
	}
}
