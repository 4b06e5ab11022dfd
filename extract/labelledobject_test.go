package extract

import "testing"

// dropObjectLabels alone: "what it called" after a verb or a preposition
// goes, anywhere else it stays.
func TestDropObjectLabels(t *testing.T) {
	checkDrops(t, dropObjectLabels, []dropCase{
		{"after a verb", "It/PRP blamed/VBD what/WP it/PRP called/VBD the/DT policy/NN of/IN Peru/NNP", "It blamed the policy of Peru"},
		{"after a preposition, with as", "protest/VB against/IN what/WP it/PRP described/VBD as/IN provocations/NNS", "protest against provocations"},
		{"opening a sentence", "What/WP he/PRP called/VBD a/DT victory/NN was/VBD a/DT defeat/NN", "What he called a victory was a defeat"},
		{"a verb of no naming", "It/PRP blamed/VBD what/WP it/PRP saw/VBD in/IN Peru/NNP", "It blamed what it saw in Peru"},
		{"a name for subject", "It/PRP blamed/VBD what/WP Peru/NNP called/VBD a/DT plot/NN", "It blamed what Peru called a plot"},
		{"nothing after it", "It/PRP knew/VBD what/WP it/PRP called/VBD", "It knew what it called"},
	})
}

// dropFrontedLabels alone: a label that a verb of rejecting gives its
// object before the object goes; one after it, or with no object after
// it, or after a verb of another kind, stays.
func TestDropFrontedLabels(t *testing.T) {
	checkDrops(t, dropFrontedLabels, []dropCase{
		{"quoted and joined", `Peru/NNP rejected/VBD as/IN "/` + "``" + ` ridiculous/JJ and/CC baseless/JJ "/'' accusations/NNS by/IN Chile/NNP`, "Peru rejected accusations by Chile"},
		{"one adjective", "Peru/NNP dismissed/VBD as/IN baseless/JJ the/DT claims/NNS", "Peru dismissed the claims"},
		{"after the object", "Peru/NNP dismissed/VBD the/DT claims/NNS as/IN baseless/JJ ./.", "Peru dismissed the claims as baseless ."},
		{"no object after it", "Peru/NNP dismissed/VBD it/PRP as/IN baseless/JJ ./.", "Peru dismissed it as baseless ."},
		{"another verb", "Peru/NNP described/VBD as/IN baseless/JJ the/DT claims/NNS", "Peru described as baseless the claims"},
	})
}
