def log = new File(basedir, 'build.log').text
// open-in-view unset: reported at the first spring.datasource/jpa key of the base document.
assert log.contains('[WARNING] [OpenSessionInView] 1 finding(s)')
assert log.contains('[WARNING]   src/main/resources/application.yml:3: warning: spring.jpa.open-in-view is not set')
// default_batch_fetch_size (16) reaches the checks: the lazy customer read per order is batched.
assert !log.contains('LazyLoadInLoop')
// The prod profile document sizes the pool: no ImplicitPoolSize.
assert !log.contains('ImplicitPoolSize')
def run = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ormcheck.sarif')).runs[0]
assert run.results*.ruleId == ['OpenSessionInView']
assert run.results[0].locations[0].physicalLocation.region.startLine == 3
