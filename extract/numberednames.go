package extract

import (
	"unicode"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/names"
)

// A broadcaster's channel is named with its number, which the tagger
// leaves out of the name:
//
//	ORG-NAME-ENDING-IN-A-MEDIA-NOUN NUMBER      "BBC Radio 4", "BBC News 24"
//
// Only a name that ends in a word of the channels (channelHeads) takes the
// number: "Chelsea 2" is a score.
func joinChannelNumbers(t []Token, spans []names.Span) []names.Span {
	for k := range spans {
		sp := &spans[k]
		n := sp.End
		if sp.Type != "ORG" || n >= len(t) || !channelHeads[t[n-1].lower()] || !channelNumber(t[n].Text) {
			continue
		}
		if k+1 < len(spans) && spans[k+1].Start <= n {
			continue
		}
		sp.End = n + 1
	}
	return spans
}

// channelHeads end the names of broadcasters' channels that a number
// follows: "BBC Radio 4", "BBC News 24", "Channel 4".
var channelHeads = lexicon.Class("channelHeads")

// channelNumber reports a number of one or two digits: a channel's.
func channelNumber(w string) bool {
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
