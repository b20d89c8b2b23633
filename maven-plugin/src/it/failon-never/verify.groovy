def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] ormcheck: 1 finding(s): 1 error(s), 0 warning(s)')
assert log.contains('src/main/java/shop/Order.java:10: error: Order.customer')
def run = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ormcheck.sarif')).runs[0]
assert run.results*.level == ['error']
assert run.tool.driver.rules*.id == ['EagerToOne']
assert run.results[0].partialFingerprints['ormcheck/v1'] ==~ /[0-9a-f]{32}/
