def sarif = new File(basedir, 'app/target/ormcheck.sarif')
assert sarif.isFile() : 'the app module was not analysed'
def run = new groovy.json.JsonSlurper().parse(sarif).runs[0]
def results = run.results.collect { it.ruleId + ' ' + it.locations[0].physicalLocation.artifactLocation.uri + ':' + it.locations[0].physicalLocation.region.startLine }
assert results == ['EagerToOne src/main/java/shop/Order.java:10']
// The processor ran in the analysis, with its option, from annotationProcessorPaths only. The
// analysis stops javac after flow analysis: the generated source is there, no class file.
assert new File(basedir, 'app/target/ormcheck/classes/shop/OrderNames.java').isFile()
assert !new File(basedir, 'app/target/ormcheck/classes/shop/OrderNames.class').exists()
assert !new File(basedir, 'app/target/ormcheck/classes/shop/Order.class').exists()
def args = new File(basedir, 'app/target/ormcheck/javac.args').text
assert args.contains('"-processor"\n"gen.NamesProcessor"')
assert args.contains('"-Anames.suffix=Names"')
// Nothing for the processor module: no JPA on its class path.
assert !new File(basedir, 'names-processor/target/ormcheck/javac.args').exists()
