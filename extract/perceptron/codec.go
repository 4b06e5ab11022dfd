package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"math"
)

// The model files are written with Encoder and read with Decoder:
// unsigned varints, little-endian 64-bit words, length-prefixed strings,
// and weights. A weights block is the number of classes, the step size,
// the keys in the order of Mix(key), each key's number of entries, then
// all the entries' classes as bytes and all their weights as int16.

// Encoder writes a model file. The first write error is kept and every
// later write is dropped; Err reports it.
type Encoder struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

// NewEncoder writes to w.
func NewEncoder(w *bufio.Writer) *Encoder { return &Encoder{w: w} }

func (e *Encoder) write(b []byte) {
	if e.err != nil {
		return
	}
	if _, err := e.w.Write(b); err != nil {
		e.err = err
	}
}

// Uvarint writes v as an unsigned varint.
func (e *Encoder) Uvarint(v uint64) {
	n := binary.PutUvarint(e.buf[:], v)
	e.write(e.buf[:n])
}

// U64 writes v as eight little-endian bytes.
func (e *Encoder) U64(v uint64) {
	binary.LittleEndian.PutUint64(e.buf[:8], v)
	e.write(e.buf[:8])
}

// String writes s after its length.
func (e *Encoder) String(s string) {
	e.Uvarint(uint64(len(s)))
	e.write([]byte(s))
}

// Strings writes ss after their number.
func (e *Encoder) Strings(ss []string) {
	e.Uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.String(s)
	}
}

// Weights writes m.
func (e *Encoder) Weights(m *Weights) {
	slots := m.sortedSlots()
	e.Uvarint(uint64(m.classes))
	e.U64(math.Float64bits(m.scale))
	e.Uvarint(uint64(len(slots)))
	for _, s := range slots {
		e.U64(s.key)
	}
	rows := make([][]uint32, len(slots))
	for i, s := range slots {
		rows[i] = m.row(s)
		e.Uvarint(uint64(len(rows[i])))
	}
	for _, row := range rows {
		for _, en := range row {
			e.write([]byte{byte(entryClass(en))})
		}
	}
	for _, row := range rows {
		for _, en := range row {
			binary.LittleEndian.PutUint16(e.buf[:2], uint16(entryWeight(en)))
			e.write(e.buf[:2])
		}
	}
}

// Flush writes out what is buffered and reports the first error.
func (e *Encoder) Flush() error {
	if e.err != nil {
		return e.err
	}
	return e.w.Flush()
}

// Decoder reads a model file held in memory. On the first error it
// stops: every later read gives zero values, and Err reports the error.
type Decoder struct {
	data []byte
	at   int
	err  error
}

// NewDecoder reads data.
func NewDecoder(data []byte) *Decoder { return &Decoder{data: data} }

// ErrShort is the error of a file that ends too soon.
var ErrShort = errors.New("truncated")

// Fail stops the decoder with err, unless it has stopped already.
func (d *Decoder) Fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.at = len(d.data)
}

// Err is the first error met, or nil.
func (d *Decoder) Err() error { return d.err }

// Left is the number of bytes not read yet.
func (d *Decoder) Left() int { return len(d.data) - d.at }

// Uvarint reads an unsigned varint.
func (d *Decoder) Uvarint() uint64 {
	v, n := binary.Uvarint(d.data[d.at:])
	if n <= 0 {
		d.Fail(ErrShort)
		return 0
	}
	d.at += n
	return v
}

// Count reads a length that must fit in what is left of the file.
func (d *Decoder) Count() int {
	v := d.Uvarint()
	if v > uint64(len(d.data)-d.at) {
		d.Fail(ErrShort)
		return 0
	}
	return int(v)
}

// Bytes reads n bytes; the slice shares the decoder's data.
func (d *Decoder) Bytes(n int) []byte {
	if n > len(d.data)-d.at {
		d.Fail(ErrShort)
		return nil
	}
	b := d.data[d.at : d.at+n]
	d.at += n
	return b
}

// U64 reads eight little-endian bytes.
func (d *Decoder) U64() uint64 {
	b := d.Bytes(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

// String reads a string written by Encoder.String.
func (d *Decoder) String() string { return string(d.Bytes(d.Count())) }

// Strings reads strings written by Encoder.Strings.
func (d *Decoder) Strings() []string {
	n := d.Count()
	out := make([]string, 0, n)
	for range n {
		out = append(out, d.String())
	}
	return out
}

// Weights reads weights written by Encoder.Weights.
func (d *Decoder) Weights() *Weights {
	// A class is stored in a byte.
	classes := d.Uvarint()
	if d.err == nil && (classes == 0 || classes > 256) {
		d.Fail(errors.New("bad number of classes"))
	}
	scale := math.Float64frombits(d.U64())
	n := d.Count()
	if n > (len(d.data)-d.at)/8 {
		d.Fail(ErrShort)
		return nil
	}
	keys := d.Bytes(8 * n)
	// The counts are read twice: once for where the classes and weights
	// start, once with them.
	countsAt := d.at
	total, sparse, dense := 0, 0, 0
	for range n {
		c := d.Uvarint()
		if c == 0 || c > classes {
			d.Fail(errors.New("bad weight row"))
			return nil
		}
		total += int(c)
		if int(c) >= denseFrom(int(classes)) {
			dense++
		} else {
			sparse += int(c)
		}
	}
	cls := d.Bytes(total)
	raw := d.Bytes(2 * total)
	if d.err != nil {
		return nil
	}
	b := newBuilder(int(classes), scale, n, sparse, dense)
	at, pos := 0, countsAt
	row := make([]uint32, 0, int(classes))
	for i := range n {
		c, k := binary.Uvarint(d.data[pos:])
		pos += k
		row = row[:0]
		for range c {
			if uint64(cls[at]) >= classes {
				d.Fail(errors.New("bad class"))
				return nil
			}
			row = append(row, entryOf(int(cls[at]), int16(binary.LittleEndian.Uint16(raw[2*at:]))))
			at++
		}
		b.add(binary.LittleEndian.Uint64(keys[8*i:]), row)
	}
	return b.done()
}
