package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/internal/oracle/config"
)

func init() {
	register(command{name: "keystore", summary: "create an encrypted key file for the oracle (new) or show its address", run: runKeystore})
}

func runKeystore(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return subcommands(ctx, "keystore", map[string]command{
		"new":     {name: "new", summary: "generate a key into a new keystore file", run: runKeystoreNew},
		"address": {name: "address", summary: "print the address of a keystore file (no password needed)", run: runKeystoreAddress},
	}, args, stdout, stderr)
}

func passwordFrom(file string) (string, error) {
	c := config.Defaults()
	c.KeystorePasswordFile = file
	return c.ReadPassword(os.Getenv)
}

func runKeystoreNew(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("oracle keystore new", stderr)
	out := fs.String("out", "", "keystore file to create (required; never overwritten)")
	pwFile := fs.String("password-file", "", "file whose first line is the password (else $"+config.PasswordEnv+")")
	light := fs.Bool("light", false, "light scrypt parameters (tests and throwaway keys only)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("%w: --out is required", errUsage)
	}
	pw, err := passwordFrom(*pwFile)
	if err != nil {
		return err
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return err
	}
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if *light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	addr, err := config.WriteKeyFile(*out, key, pw, n, p)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, addr.Hex())
	return nil
}

func runKeystoreAddress(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("oracle keystore address", stderr)
	file := fs.String("keystore", "", "keystore file (required)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *file == "" {
		return fmt.Errorf("%w: --keystore is required", errUsage)
	}
	b, err := os.ReadFile(*file)
	if err != nil {
		return err
	}
	var k struct {
		Address string `json:"address"`
	}
	if err := json.Unmarshal(b, &k); err != nil || k.Address == "" {
		return fmt.Errorf("%s: not a keystore file", *file)
	}
	fmt.Fprintln(stdout, common.HexToAddress(k.Address).Hex())
	return nil
}
