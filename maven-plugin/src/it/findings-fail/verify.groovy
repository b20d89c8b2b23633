def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] ormcheck: 1 finding(s): 0 error(s), 1 warning(s); 0 suppressed in source, 0 in the baseline')
assert log.contains('[WARNING] [EagerToOne] 1 finding(s)')
assert log.contains('[WARNING]   src/main/java/shop/Order.java:10: warning: Order.customer (@ManyToOne) is EAGER')
def sarif = new File(basedir, 'target/ormcheck.sarif')
assert log.contains('ormcheck: 1 finding(s) at or above ormcheck.failOn=warning. See the report: ' + sarif.canonicalPath)
def run = new groovy.json.JsonSlurper().parse(sarif).runs[0]
assert run.results*.ruleId == ['EagerToOne']
assert run.results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/shop/Order.java'
