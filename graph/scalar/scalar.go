// Package scalar holds the GraphQL API's custom scalars: how they are written and, for arguments,
// checked. Bad input gets an error that names the scalar and what was expected.
package scalar

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/open-attribution/poa/internal/store"
)

var (
	addressRe = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)
	bytes32Re = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)
)

func quoted(s string) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(s)) })
}

func asString(v any, scalar string) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case json.Number:
		return x.String(), nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case int:
		return strconv.Itoa(x), nil
	}
	return "", fmt.Errorf("%s must be a string, got %T", scalar, v)
}

// MarshalBigInt writes an unsigned 256-bit integer as a decimal string.
func MarshalBigInt(n store.Numeric) graphql.Marshaler { return quoted(n.String()) }

// UnmarshalBigInt reads a decimal string (or an integer literal).
func UnmarshalBigInt(v any) (store.Numeric, error) {
	s, err := asString(v, "BigInt")
	if err != nil {
		return store.Numeric{}, err
	}
	n, err := store.ParseNumeric(s)
	if err != nil {
		return store.Numeric{}, fmt.Errorf("BigInt must be an unsigned decimal integer below 2^256, got %q", s)
	}
	return n, nil
}

// MarshalAddress writes an address (stored lowercase).
func MarshalAddress(s string) graphql.Marshaler { return quoted(s) }

// UnmarshalAddress accepts 0x-prefixed hex in any case and returns it lowercase.
func UnmarshalAddress(v any) (string, error) {
	s, err := asString(v, "Address")
	if err != nil {
		return "", err
	}
	if !addressRe.MatchString(s) {
		return "", fmt.Errorf("Address must be 0x followed by 40 hex digits, got %q", s)
	}
	return strings.ToLower(s), nil
}

// MarshalBytes32 writes a 32-byte value as 0x-hex.
func MarshalBytes32(s string) graphql.Marshaler { return quoted(s) }

// UnmarshalBytes32 accepts 0x followed by 64 hex digits and returns it lowercase.
func UnmarshalBytes32(v any) (string, error) {
	s, err := asString(v, "Bytes32")
	if err != nil {
		return "", err
	}
	if !bytes32Re.MatchString(s) {
		return "", fmt.Errorf("Bytes32 must be 0x followed by 64 hex digits, got %q", s)
	}
	return strings.ToLower(s), nil
}

// MarshalBytes writes a byte string already in 0x-hex.
func MarshalBytes(s string) graphql.Marshaler { return quoted(s) }

// UnmarshalBytes accepts 0x-hex of any even length.
func UnmarshalBytes(v any) (string, error) {
	s, err := asString(v, "Bytes")
	if err != nil {
		return "", err
	}
	if !strings.HasPrefix(s, "0x") || len(s)%2 != 0 || strings.Trim(strings.ToLower(s[2:]), "0123456789abcdef") != "" {
		return "", fmt.Errorf("Bytes must be 0x followed by an even number of hex digits")
	}
	return strings.ToLower(s), nil
}

// MarshalID64 writes a numeric on-chain id as a GraphQL ID (a string).
func MarshalID64(id int64) graphql.Marshaler { return quoted(strconv.FormatInt(id, 10)) }

// UnmarshalID64 reads a numeric id.
func UnmarshalID64(v any) (int64, error) {
	s, err := asString(v, "ID")
	if err != nil {
		return 0, err
	}
	return ParseID(s)
}

// ParseID reads an on-chain id (a positive decimal integer).
func ParseID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id < 0 || (len(s) > 1 && s[0] == '0') {
		return 0, fmt.Errorf("ID must be a non-negative decimal integer, got %q", s)
	}
	return id, nil
}
