// Package perceptron holds the averaged perceptron the trained parts of
// newsgraph share (the tagger and parser of package syntax, the name
// tagger of package names): hashed feature keys, a learner that keeps
// running sums for the average, frozen weights in int16 steps looked up
// in an open-addressing table, and the binary encoding their model files
// are written in.
package perceptron
