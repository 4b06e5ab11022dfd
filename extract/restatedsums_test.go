package extract

import "testing"

// dropRestatedSums alone: a bracket that restates the sum before it goes,
// any other stays.
func TestDropRestatedSums(t *testing.T) {
	checkDrops(t, dropRestatedSums, []dropCase{
		{"a sum in pounds after one in dollars", "agreed/VBD a/DT $/$ 10bn/CD (/( £5.3bn/NNP )/) loan/NN", "agreed a $ 10bn loan"},
		{"a sum in dollars after one in a currency's name", "paid/VBD 10bn/CD euros/NNS (/( $/$ 12.3bn/CD )/) for/IN", "paid 10bn euros for"},
		{"two sums restated", "cost/VBD £110m/NNP (/( $/$ 200m/CD ;/: 160m/CD euros/NNS )/) ./.", "cost £110m ."},
		{"a bracket after no sum stays", "Peru/NNP (/( $/$ 5m/CD )/) paid/VBD", "Peru ( $ 5m ) paid"},
		{"a bracket of words stays", "paid/VBD 5m/CD (/( a/DT record/NN )/) ./.", "paid 5m ( a record ) ."},
		{"a bracket with no number stays", "paid/VBD 5m/CD (/( euros/NNS )/) ./.", "paid 5m ( euros ) ."},
		{"a number in brackets after a number is no sum", "Melbourne/NNP 12.10/CD (/( 82/CD )/) Sydney/NNP", "Melbourne 12.10 ( 82 ) Sydney"},
		{"an unclosed bracket stays", "paid/VBD $/$ 5m/CD (/( £3m/NNP", "paid $ 5m ( £3m"},
	})
}
