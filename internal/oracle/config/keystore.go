package config

import (
	"crypto/ecdsa"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// Key is the oracle's decrypted signing key.
type Key struct {
	Address common.Address
	Private *ecdsa.PrivateKey
}

// LoadKey decrypts the configured keystore file.
func (c *Config) LoadKey(getenv func(string) string) (*Key, error) {
	password, err := c.ReadPassword(getenv)
	if err != nil {
		return nil, err
	}
	return DecryptKeyFile(c.Keystore, password)
}

// DecryptKeyFile decrypts a go-ethereum (Web3 Secret Storage v3) keystore file.
func DecryptKeyFile(path, password string) (*Key, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	k, err := keystore.DecryptKey(data, password)
	if err != nil {
		return nil, fmt.Errorf("keystore %s: %w", path, err)
	}
	return &Key{Address: k.Address, Private: k.PrivateKey}, nil
}

// WriteKeyFile encrypts key into a new keystore file (mode 0600, refusing to overwrite). scryptN and
// scryptP are keystore.StandardScryptN/P in production and keystore.LightScryptN/P in tests.
func WriteKeyFile(path string, key *ecdsa.PrivateKey, password string, scryptN, scryptP int) (common.Address, error) {
	id, err := uuid.NewRandom()
	if err != nil {
		return common.Address{}, fmt.Errorf("keystore: %w", err)
	}
	k := &keystore.Key{Id: id, Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	data, err := keystore.EncryptKey(k, password, scryptN, scryptP)
	if err != nil {
		return common.Address{}, fmt.Errorf("keystore: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return common.Address{}, fmt.Errorf("keystore: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return common.Address{}, fmt.Errorf("keystore: %w", err)
	}
	if err := f.Close(); err != nil {
		return common.Address{}, fmt.Errorf("keystore: %w", err)
	}
	return k.Address, nil
}
