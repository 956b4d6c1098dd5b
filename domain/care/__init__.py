"""关怀: life-care records whose details are sensitive personal information (PIPL) and stay encrypted at rest."""
