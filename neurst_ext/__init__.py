"""NeurST integration: substitutes lightseq_tf's fused layers into NeurST's model builders.

Empty for now; see the NeurST-integration issue.
"""
