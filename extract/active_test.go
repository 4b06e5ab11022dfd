package extract

import "testing"

// thingOwnerAfter alone: a name before a thing is its owner or matter,
// no party acted on; before a party's body, office or a name, it is.
func TestThingOwnerAfter(t *testing.T) {
	eu := actor{a: 0, b: 1, key: "organization:european-union", typ: Organization}
	china := actor{a: 0, b: 1, key: "country:CHN", typ: Country, demonym: true}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       bool
	}{
		{"a thing", "EU/NNP standards/NNS", []actor{eu}, true},
		{"past a determiner", "the/DT EU/NNP standards/NNS", []actor{{a: 1, b: 2, key: eu.key, typ: Organization}}, true},
		{"a party's body", "Chinese/JJ officials/NNS", []actor{china}, false},
		{"a name the noun describes", "Chinese/JJ counterpart/NN Li/NNP Peng/NNP", []actor{china, {a: 2, b: 4, key: "person:li-peng", typ: Person}}, false},
		{"a meeting of the party's", "G8/NNP summit/NN", []actor{{a: 0, b: 1, key: "organization:group-of-eight", typ: Organization}}, false},
		{"the party itself", "China/NNP on/IN Monday/NNP", []actor{{a: 0, b: 1, key: "country:CHN", typ: Country}}, false},
		{"no actor", "new/JJ standards/NNS", nil, false},
		{"a nationality tagged as an adjective before a thing", "the/DT Russian/JJ gas/NN", []actor{{a: 1, b: 2, key: "country:RUS", typ: Country, demonym: true}}, true},
		{"a nationality before an office's field and the office", "Norwegian/JJ peace/NN envoy/NN", []actor{{a: 0, b: 1, key: "country:NOR", typ: Country, demonym: true}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, titles: map[string]bool{"minister": true, "envoy": true}}
			if got := c.thingOwnerAfter(0); got != tc.want {
				t.Errorf("thingOwnerAfter = %v, want %v", got, tc.want)
			}
		})
	}
}

// topicOrMedium alone: a statement's only party after a topic's
// preposition its pattern does not name is a topic or a medium.
func TestTopicOrMedium(t *testing.T) {
	write := verbEntry{action: "write", code: "010", target: []string{"to"}}
	brief := verbEntry{action: "brief", code: "010", target: []string{objTarget}}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		p          verbEntry
		end        int
		targets    []string
		want       bool
	}{
		{"on a medium", "Ruiz/NNP wrote/VBD on/IN Facebook/NNP", []actor{orgActor(3, "facebook")}, write, 2, []string{"organization:facebook"}, true},
		{"about a party", "Ruiz/NNP wrote/VBD about/IN the/DT EU/NNP", []actor{orgActor(4, "eu")}, write, 2, []string{"organization:eu"}, true},
		{"to a party", "Ruiz/NNP wrote/VBD to/TO Peru/NNP", []actor{countryAt(3, "PER")}, write, 2, []string{"country:PER"}, false},
		{"the object, the topic after it", "Ruiz/NNP briefed/VBD Peru/NNP on/IN the/DT talks/NNS", []actor{countryAt(2, "PER")}, brief, 2, []string{"country:PER"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.topicOrMedium(tc.end, tc.p, tc.targets); got != tc.want {
				t.Errorf("topicOrMedium = %v, want %v", got, tc.want)
			}
		})
	}
}
