def log = new File(basedir, 'build.log').text
assert log.contains('ormcheck-maven-plugin') && log.contains(':check (default) @ clean-project')
assert log.contains('ormcheck: 0 finding(s): 0 error(s), 0 warning(s)')
def sarif = new File(basedir, 'target/ormcheck.sarif')
assert sarif.isFile()
assert new groovy.json.JsonSlurper().parse(sarif).runs[0].results.isEmpty()
