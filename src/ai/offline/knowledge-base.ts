/** The knowledge base lives with the crypto vocabulary; re-exported for the explainers. */
export { KNOWLEDGE_BASE_VERSION, knowledgeFor } from '../../crypto/knowledge-base';
export type { KnowledgeEntry } from '../../crypto/knowledge-base';
