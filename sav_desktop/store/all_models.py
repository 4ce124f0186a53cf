"""Every table module, imported so that ``Base.metadata`` knows them all (Alembic, tests)."""

from . import models  # noqa: F401

# Modules added by later features register their tables here:
from . import models_workflow  # noqa: F401
from . import models_contracts  # noqa: F401
# from . import models_trust  # noqa: F401
