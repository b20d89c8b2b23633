def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'ormcheck-baseline.json'))
assert baseline.ormcheckBaseline == 1
assert baseline.findings*.ruleId == ['EagerToOne']
assert baseline.findings[0].file == 'src/main/java/shop/Order.java'

def log = new File(basedir, 'build.log').text
// The last build: the accepted finding is reported as suppressed, the new one fails the build.
assert log.contains('[WARNING] ormcheck: 1 finding(s): 0 error(s), 1 warning(s); 0 suppressed in source, 1 in the baseline')
assert log.contains('[WARNING] [ImplicitPoolSize] 1 finding(s)')
assert log.contains('[WARNING]   src/new/resources/application.properties:1: warning: spring.datasource.url configures')
assert !log.contains('[EagerToOne] 1 finding(s)')
assert log.contains('ormcheck: 1 finding(s) at or above ormcheck.failOn=warning. See the report: ')
def run = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ormcheck.sarif')).runs[0]
def accepted = run.results.find { it.ruleId == 'EagerToOne' }
assert accepted.suppressions*.kind == ['external']
assert run.results.find { it.ruleId == 'ImplicitPoolSize' }.suppressions == null
