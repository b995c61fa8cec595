// The build failed (invoker.buildResult); it must have failed on the scope rule, naming Hibernate Validator.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('canlian must not put a Bean Validation provider')
assert log.contains('org.hibernate.validator:hibernate-validator')
