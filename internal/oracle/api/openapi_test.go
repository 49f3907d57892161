package api

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// docs/openapi.yaml is the published copy of the embedded description.
func TestOpenAPICopyInDocs(t *testing.T) {
	doc, err := os.ReadFile("../../../docs/openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(doc, OpenAPI) {
		t.Fatal("docs/openapi.yaml differs from internal/oracle/api/openapi.yaml: copy it over")
	}
}

// Every route is described in openapi.yaml, with its method.
func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]any `yaml:"paths"`
	}
	if err := yaml.Unmarshal(OpenAPI, &doc); err != nil {
		t.Fatal(err)
	}
	for _, r := range (&Server{}).routes() {
		method, path, _ := strings.Cut(r.pattern, " ")
		path = strings.Replace(path, "{file}", "{batchId}.json", 1)
		ops, ok := doc.Paths[path]
		if !ok {
			t.Errorf("%s is not in openapi.yaml", path)
			continue
		}
		if _, ok := ops[strings.ToLower(method)]; !ok {
			t.Errorf("%s %s is not in openapi.yaml", method, path)
		}
	}
	if _, ok := doc.Paths["/metrics"]; !ok {
		t.Error("/metrics is not in openapi.yaml")
	}
}
