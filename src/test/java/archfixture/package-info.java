/**
 * Classes that break the layer rules on purpose, so that
 * {@code org.baclo.architecture.ArchitectureTest} can show each rule failing. Outside
 * {@code org.baclo}, so Spring's component scan never sees them. Never used otherwise.
 */
package archfixture;
