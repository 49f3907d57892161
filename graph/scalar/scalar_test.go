package scalar_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/open-attribution/poa/graph/scalar"
	"github.com/open-attribution/poa/internal/store"
)

func TestScalars(t *testing.T) {
	if a, err := scalar.UnmarshalAddress("0x000000000000000000000000000000000000dEaD"); err != nil || a != "0x000000000000000000000000000000000000dead" {
		t.Errorf("address: %q %v", a, err)
	}
	for _, bad := range []any{"0xdead", "dead000000000000000000000000000000000000", 42, nil} {
		if _, err := scalar.UnmarshalAddress(bad); err == nil {
			t.Errorf("address %v accepted", bad)
		}
	}
	if _, err := scalar.UnmarshalBytes32("0x" + strings.Repeat("ab", 31)); err == nil {
		t.Error("31-byte Bytes32 accepted")
	}
	n, err := scalar.UnmarshalBigInt(json.Number("123"))
	if err != nil || n.String() != "123" {
		t.Errorf("BigInt: %v %v", n, err)
	}
	for _, bad := range []any{"-1", "1.5", "0x10", true} {
		if _, err := scalar.UnmarshalBigInt(bad); err == nil {
			t.Errorf("BigInt %v accepted", bad)
		}
	}
	var buf bytes.Buffer
	scalar.MarshalBigInt(store.NumericFromUint64(7)).MarshalGQL(&buf)
	if buf.String() != `"7"` {
		t.Errorf("BigInt written as %s", buf.String())
	}
	for _, bad := range []string{"", "-1", "01", "1e3", "x"} {
		if _, err := scalar.ParseID(bad); err == nil {
			t.Errorf("ID %q accepted", bad)
		}
	}
}
