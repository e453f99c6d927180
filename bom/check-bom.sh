#!/usr/bin/env bash
# Imports kefu-bom into a throwaway host POM and resolves two kefu artifacts without versions.
# Run after installing kefu (./mvnw -B -ntp install -DskipTests):  bash bom/check-bom.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$here/bom/pom.xml" | head -1)
host=$(mktemp -d)
cat > "$host/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example.erp</groupId>
  <artifactId>throwaway-host</artifactId>
  <version>1</version>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>dev.kefu</groupId>
        <artifactId>kefu-bom</artifactId>
        <version>$version</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>dev.kefu</groupId><artifactId>kefu-complaints</artifactId></dependency>
    <dependency><groupId>dev.kefu</groupId><artifactId>kefu-sales</artifactId></dependency>
  </dependencies>
</project>
POM
"$here/mvnw" -B -ntp -q -o -f "$host/pom.xml" dependency:tree -DoutputFile="$host/tree.txt"
cat "$host/tree.txt"
grep -q "dev.kefu:kefu-complaints:jar:$version" "$host/tree.txt"
grep -q "dev.kefu:kefu-sales:jar:$version" "$host/tree.txt"
echo "kefu-bom $version imports cleanly"
