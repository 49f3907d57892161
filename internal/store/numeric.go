package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"

	"github.com/uptrace/bun/dialect"
	"github.com/uptrace/bun/schema"
)

// numericDigits is the width SQLite stores numbers at: 2^256 has 78 decimal digits.
const numericDigits = 78

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Numeric is an unsigned integer below 2^256 (token amounts in wei, uint256 event fields) stored
// exactly: NUMERIC(78,0) on Postgres and a zero-padded 78-digit decimal string on SQLite, so that
// ORDER BY, comparisons and MAX give numeric results on both engines (declare such columns with the
// {{numeric}} placeholder). It is immutable; the zero value is 0.
type Numeric struct{ v *big.Int }

var (
	_ schema.QueryAppender = Numeric{}
	_ sql.Scanner          = (*Numeric)(nil)
	_ json.Marshaler       = Numeric{}
	_ json.Unmarshaler     = (*Numeric)(nil)
)

// NewNumeric copies x, which must be in [0, 2^256).
func NewNumeric(x *big.Int) (Numeric, error) {
	if x == nil {
		return Numeric{}, nil
	}
	if x.Sign() < 0 || x.Cmp(maxUint256) > 0 {
		return Numeric{}, fmt.Errorf("store: %s is outside [0, 2^256)", x)
	}
	return Numeric{v: new(big.Int).Set(x)}, nil
}

// MustNumeric is NewNumeric for values known to be in range (decoded uint fields).
func MustNumeric(x *big.Int) Numeric {
	n, err := NewNumeric(x)
	if err != nil {
		panic(err)
	}
	return n
}

// NumericFromUint64 converts a small value.
func NumericFromUint64(x uint64) Numeric { return Numeric{v: new(big.Int).SetUint64(x)} }

// ParseNumeric reads a decimal string (leading zeros allowed).
func ParseNumeric(s string) (Numeric, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Numeric{}, fmt.Errorf("store: empty number")
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return Numeric{}, fmt.Errorf("store: %q is not an unsigned decimal integer", s)
		}
	}
	x, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return Numeric{}, fmt.Errorf("store: %q is not an unsigned decimal integer", s)
	}
	return NewNumeric(x)
}

// Big returns a copy of the value.
func (n Numeric) Big() *big.Int {
	if n.v == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(n.v)
}

// String is the plain decimal form.
func (n Numeric) String() string {
	if n.v == nil {
		return "0"
	}
	return n.v.String()
}

// Sign is 0 for zero and 1 otherwise.
func (n Numeric) Sign() int {
	if n.v == nil {
		return 0
	}
	return n.v.Sign()
}

// Cmp compares two values.
func (n Numeric) Cmp(o Numeric) int { return n.Big().Cmp(o.Big()) }

// Add returns n + o; it fails past 2^256 − 1.
func (n Numeric) Add(o Numeric) (Numeric, error) {
	return NewNumeric(new(big.Int).Add(n.Big(), o.Big()))
}

// Sub returns n − o; it fails below zero.
func (n Numeric) Sub(o Numeric) (Numeric, error) {
	return NewNumeric(new(big.Int).Sub(n.Big(), o.Big()))
}

// Padded is the fixed-width form SQLite stores.
func (n Numeric) Padded() string {
	s := n.String()
	return strings.Repeat("0", numericDigits-len(s)) + s
}

// AppendQuery writes the value as a SQL literal for the engine the query goes to.
func (n Numeric) AppendQuery(gen schema.QueryGen, b []byte) ([]byte, error) {
	if gen.Dialect().Name() == dialect.PG {
		return append(b, n.String()...), nil
	}
	b = append(b, '\'')
	b = append(b, n.Padded()...)
	return append(b, '\''), nil
}

// Scan reads what either engine returns for a {{numeric}} column.
func (n *Numeric) Scan(src any) error {
	var s string
	switch v := src.(type) {
	case nil:
		*n = Numeric{}
		return nil
	case string:
		s = v
	case []byte:
		s = string(v)
	case int64:
		if v < 0 {
			return fmt.Errorf("store: negative number %d in a numeric column", v)
		}
		*n = NumericFromUint64(uint64(v))
		return nil
	default:
		return fmt.Errorf("store: cannot scan %T into Numeric", src)
	}
	// Postgres may render NUMERIC(78,0) with a ".0" scale after arithmetic.
	if i := strings.IndexByte(s, '.'); i >= 0 && strings.Trim(s[i+1:], "0") == "" {
		s = s[:i]
	}
	v, err := ParseNumeric(s)
	if err != nil {
		return err
	}
	*n = v
	return nil
}

// MarshalJSON writes a JSON string: the value can exceed what JSON numbers hold exactly.
func (n Numeric) MarshalJSON() ([]byte, error) { return json.Marshal(n.String()) }

// UnmarshalJSON reads a decimal string (or a JSON number, for hand-written files).
func (n *Numeric) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		var num json.Number
		if err2 := json.Unmarshal(b, &num); err2 != nil {
			return fmt.Errorf("store: number must be a decimal string: %w", err)
		}
		s = num.String()
	}
	v, err := ParseNumeric(s)
	if err != nil {
		return err
	}
	*n = v
	return nil
}
