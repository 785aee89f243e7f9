/**
 * Synthetic registries shaped like a sample, for benchmarks.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.synthetic.SyntheticRegistry} :: copies a sample k times and
 *       rewires the copies' links by a rotation of the copies per linked pair, drawn
 *       deterministically from a seed, so that a valid sample gives a valid registry.
 *   <li>{@link org.designregistry.model.synthetic.RegistryShape} :: what a registry looks like in
 *       numbers: resources per class, links per relation, degree distribution.
 * </ul>
 */
package org.designregistry.model.synthetic;
